#!/bin/sh
# Makes the compose setup's CA and certificates once, into the `certs` volume:
# the ZooKeeper servers' (valid for zk1, zk2, zk3; key and certificate in one
# PEM keystore, as ZooKeeper reads it) and one client certificate per
# identity: `publisher` (the CLI and the git server's hook) and `agent-1..3`.
# Demo only: every key sits in one volume readable by the containers' users.
# In production each key is made on, and never leaves, its own host (0600).
set -eu
out=/certs
[ -f "$out/ca.pem" ] && exit 0
command -v openssl >/dev/null || apk add --no-cache openssl >/dev/null
cd "$out"
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out "$1"; }
key ca.key
openssl req -x509 -new -key ca.key -days 365 -out ca.pem -subj '/O=zkdeploy/CN=zkdeploy compose CA' \
  -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign'
issue() { # name subject [subjectAltName]
  key "$1.key"
  openssl req -new -key "$1.key" -out "$1.csr" -subj "$2"
  if [ -n "${3:-}" ]; then printf 'subjectAltName=%s\n' "$3" >"$1.ext"; else printf 'basicConstraints=CA:FALSE\n' >"$1.ext"; fi
  openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 365 -out "$1.pem" -extfile "$1.ext"
  rm -f "$1.csr" "$1.ext"
}
issue zookeeper '/O=zkdeploy/CN=zookeeper' 'DNS:zk1,DNS:zk2,DNS:zk3'
cat zookeeper.key zookeeper.pem >zookeeper.keystore.pem
for who in publisher agent-1 agent-2 agent-3; do issue "$who" "/O=zkdeploy/CN=$who"; done
rm -f ca.key ca.srl
chmod 0644 ./*.pem ./*.key
