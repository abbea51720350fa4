#!/usr/bin/env bash
# Builds vcsim (VMware's vCenter simulator) from Debian's govmomi source into a cache folder keyed
# by the Go version, the govmomi package version and this folder's main.go, and prints the
# binary's path. A cached binary is reused, because the build takes minutes.
#
#   needs: apt-get install golang-go golang-github-vmware-govmomi-dev
#   usage: VCSIM_BIN=$(simulators/vcsim/build.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
gopath=/usr/share/gocode

command -v go >/dev/null || { echo "vcsim: Go is missing (apt-get install golang-go)" >&2; exit 1; }
[ -d "$gopath/src/github.com/vmware/govmomi/simulator" ] ||
  { echo "vcsim: govmomi source is missing (apt-get install golang-github-vmware-govmomi-dev)" >&2; exit 1; }

go_version="$(go env GOVERSION)"
govmomi_version="$(dpkg-query -W -f='${Version}' golang-github-vmware-govmomi-dev 2>/dev/null || echo unknown)"
source_hash="$(sha256sum "$here/main.go" | cut -c1-12)"
key="${go_version}-govmomi${govmomi_version}-${source_hash}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/dcx-cloud/vcsim-${key}"
binary="$cache/vcsim"

if [ ! -x "$binary" ]; then
  mkdir -p "$cache"
  echo "vcsim: building $key (a few minutes, once)" >&2
  # Build into a temporary name first so an interrupted build never leaves a half-written binary.
  (cd "$here" && GO111MODULE=off GOPATH="$gopath" go build -o "$binary.partial" main.go)
  mv "$binary.partial" "$binary"
fi
echo "$binary"
