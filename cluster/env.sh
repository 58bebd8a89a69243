# Shared settings of the cluster scripts (sourced). Every process and file lives under CLUSTER_DIR; ports are
# 19000+ so the cluster runs beside other Lifeline servers on one machine.
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/lifeline-cluster}
ETCD_CLIENT=19379
ETCD_PEER=19380
PG_PORT=(19432 19433)
PATRONI_PORT=(19008 19009)
HAPROXY_PORT=19500
HAPROXY_STATS=19501
read -r -a NODE_PORT <<<"${NODE_PORTS:-19081 19082}"
NGINX_PORT=${NGINX_PORT:-19080}
PG_BIN=/usr/lib/postgresql/15/bin
PG_SUPERUSER_PASSWORD=${PG_SUPERUSER_PASSWORD:-lifeline-super}
PG_REPLICATION_PASSWORD=${PG_REPLICATION_PASSWORD:-lifeline-replication}
LIFELINE_DB_PASSWORD=${LIFELINE_DB_PASSWORD:-lifeline}
LIFELINE_JAR=${LIFELINE_JAR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/lifeline.jar}
NODE_HEAP=${NODE_HEAP:-640m}

pidfile() { echo "$CLUSTER_DIR/pids/$1.pid"; }

# Starts a command in the background with its output in logs/NAME.log and its pid in pids/NAME.pid
spawn() {
	local name=$1
	shift
	mkdir -p "$CLUSTER_DIR/logs" "$CLUSTER_DIR/pids"
	"$@" >>"$CLUSTER_DIR/logs/$name.log" 2>&1 </dev/null &
	echo $! >"$(pidfile "$name")"
}

# Prefix that runs a command as the postgres user with a clean environment (postgres refuses root); setpriv and env
# exec, so the pid spawn records is the command's own
as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups env -i PATH=/usr/bin:/bin HOME="$CLUSTER_DIR" LANG=C.UTF-8)

alive() {
	local f
	f=$(pidfile "$1")
	[ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# Waits until a command succeeds, up to N seconds
wait_for() {
	local seconds=$1 what=$2
	shift 2
	local until=$((SECONDS + seconds))
	until "$@" >/dev/null 2>&1; do
		if [ $SECONDS -ge $until ]; then
			echo "timed out after ${seconds}s waiting for $what" >&2
			return 1
		fi
		sleep 0.5
	done
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1"; }

# Which Patroni member (0 or 1) is the leader now; empty when none
leader() {
	local i
	for i in 0 1; do
		if curl -fsS -o /dev/null --max-time 1 -X OPTIONS "http://127.0.0.1:${PATRONI_PORT[$i]}/primary"; then
			echo "$i"
			return 0
		fi
	done
	return 1
}

# Whether the leader reports a synchronous standby that streams
sync_standby_ready() {
	local i
	i=$(leader) || return 1
	curl -fsS --max-time 2 "http://127.0.0.1:${PATRONI_PORT[$i]}/cluster" | grep -q '"role": *"sync_standby"'
}

pg_through_haproxy() {
	PGPASSWORD=$PG_SUPERUSER_PASSWORD PGCONNECT_TIMEOUT=2 psql -qtA -h 127.0.0.1 -p "$HAPROXY_PORT" -U postgres -d postgres \
		-c 'select not pg_is_in_recovery()' | grep -q t
}
