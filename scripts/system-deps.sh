#!/bin/sh
# System packages dossier uses, installed with apt-get when missing and we are root, otherwise named.
#   sh scripts/system-deps.sh        WeasyPrint's libraries (fast font subsetting)
#   sh scripts/system-deps.sh test   also Chromium (browser test) and poppler-utils (PDF pages as images)
packages=""
for pair in libharfbuzz-subset.so.0:libharfbuzz-subset0 libpango-1.0.so.0:libpango-1.0-0 \
            libpangoft2-1.0.so.0:libpangoft2-1.0-0; do
    ldconfig -p 2>/dev/null | grep -q "${pair%%:*}" || packages="$packages ${pair#*:}"
done
if [ "${1:-}" = test ]; then
    command -v chromium >/dev/null 2>&1 || packages="$packages chromium"
    command -v pdftoppm >/dev/null 2>&1 || packages="$packages poppler-utils"
fi
[ -z "$packages" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages:$packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -q $packages >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $packages >/dev/null; }; } \
      || echo "warning: could not install$packages; the tests that need them are skipped" >&2
else
    echo "note: dossier wants$packages; run: sudo apt-get install$packages" >&2
fi
exit 0
