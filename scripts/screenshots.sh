#!/bin/sh
# Regenerate the README's pictures from the real output of `make dossier`:
# the PDF's first pages (pdftoppm, poppler-utils) and the HTML page (headless Chromium).
set -eu
cd "$(dirname "$0")/.."
name=${1:-tiktok-microsoft}
mkdir -p docs/img
tmp=$(mktemp -d)
pdftoppm -png -r 70 -f 1 -l 2 "out/$name.pdf" "$tmp/page"
cp "$tmp/page-01.png" docs/img/briefing-page1.png
cp "$tmp/page-02.png" docs/img/briefing-page2.png
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$tmp/profile" \
    --screenshot="docs/img/briefing-html.png" --window-size=1100,1400 "file://$PWD/out/$name.html" 2>/dev/null
rm -rf "$tmp"
ls -l docs/img
