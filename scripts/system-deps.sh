#!/bin/sh
# System libraries WeasyPrint uses: installed when missing and we are root, otherwise named.
missing=""
for lib in libharfbuzz-subset.so.0 libpango-1.0.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $lib"
done
[ -z "$missing" ] && exit 0
packages=""
case "$missing" in *harfbuzz*) packages="$packages libharfbuzz-subset0";; esac
case "$missing" in *pango*) packages="$packages libpango-1.0-0 libpangoft2-1.0-0";; esac
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system libraries for WeasyPrint:$packages" >&2
    { apt-get install -y -q $packages >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $packages >/dev/null; }; } \
        || echo "warning: could not install$packages; PDF rendering may be slow or fail" >&2
else
    echo "note: WeasyPrint wants$packages; run: sudo apt-get install$packages" >&2
fi
exit 0
