#!/usr/bin/env python3
"""Writes the sampling code of every resident id from LOW to HIGH, one per line, signed as CodeSigner signs them."""
import base64, hashlib, hmac, struct, sys, time

key, low, high, out = sys.argv[1].encode(), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
valid_until = int(time.time()) + 7 * 86400
with open(out, "w") as f:
    for resident in range(low, high + 1):
        body = struct.pack(">qI", resident, valid_until)
        mac = hmac.new(key, b"lifeline sampling code v1" + body, hashlib.sha256).digest()[:10]
        f.write("LS1" + base64.urlsafe_b64encode(body + mac).decode().rstrip("=") + "\n")
