# Prints the board statements of BoardQueueStatements for one node (district|street|city and its id) under EXPLAIN ANALYZE.
import os,re,sys
src=open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/main/java/org/lifeline/dashboard/BoardQueueStatements.java')).read()
blocks=dict(re.findall(r'static final String (\w+) = """\n(.*?)""";', src, re.S))
level, ident = sys.argv[1], sys.argv[2]
col={'district':'district_id','street':'street_id','city':None}[level]
out=[]
for force,sql in blocks.items():
    if force in ('SCREENING','CARE'):
        cond = 'true' if col is None else f'v.{col} = {ident}'
    else:
        cond = 'true' if col is None else f'v.{col} = {ident}'
    q=sql.replace('%s',cond).replace(':now','now()').replace(':today','current_date').replace(':day','current_date')
    O=" order by q.overdue desc, q.since nulls last, q.urgency desc nulls last, q.id"
    items=f"select q.id, q.what, q.since, q.figure, q.overdue, q.urgency, p.code as place_code, p.name as place from (select * from ({q}) q{O} limit 5) q join territory_placement p on p.id = q.compound_id{O}"
    totals=f"select count(*) as total, count(*) filter (where q.overdue) as overdue from ({q}) q"
    out.append((force,items,totals))
for f,i,t in out:
    print(f"\\echo {f} items"); print(f"explain (analyze, timing off, summary on) {i};")
    print(f"\\echo {f} totals"); print(f"explain (analyze, timing off, summary on) {t};")
