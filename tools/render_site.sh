#!/usr/bin/env bash
# Render the documentation site with nbdev_docs in a scratch copy of the work tree, so the tree stays clean, then
# check it. The site lands in _docs/ (ignored by git); README.md must equal what nbdev_readme makes of nbs/index.ipynb.
#   tools/render_site.sh          # render, compare README.md, run tools/check_site.py
#   tools/render_site.sh --list   # the same, but the site check lists what it finds without failing
# Quarto: `quarto` on PATH, else ../shared/quarto/get-quarto.sh (assembled offline, cached in ~/.cache/crossinit/quarto),
# else the render is skipped with one line saying why (exit 0).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if ! command -v quarto >/dev/null 2>&1; then
  if [ -x ../shared/quarto/get-quarto.sh ] || [ -f ../shared/quarto/get-quarto.sh ]; then
    q=$(bash ../shared/quarto/get-quarto.sh "${XDG_CACHE_HOME:-$HOME/.cache}/crossinit/quarto" 2>/dev/null | tail -n 1)
    export PATH="$(dirname "$q"):$PATH"
  else
    echo "site render skipped: no quarto on PATH and no ../shared/quarto/get-quarto.sh to assemble one"; exit 0
  fi
fi
echo "quarto $(quarto --version)"
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
# tracked and untracked-but-not-ignored files: what a clean clone of this tree would hold
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  if [ -e "$f" ]; then mkdir -p "$scratch/$(dirname "$f")"; cp -p "$f" "$scratch/$f"; fi; done
(cd "$scratch" && nbdev_docs > "$scratch/.nbdev_docs.log" 2>&1) || { tail -n 40 "$scratch/.nbdev_docs.log"; echo "nbdev_docs failed"; exit 1; }
tail -n 2 "$scratch/.nbdev_docs.log"
rm -rf "$root/_docs"; cp -r "$scratch/_docs" "$root/_docs"
if ! cmp -s "$scratch/README.md" "$root/README.md"; then
  diff -u "$root/README.md" "$scratch/README.md" | head -n 30
  echo "README.md is out of date with nbs/index.ipynb: run nbdev_readme (with quarto on PATH) and commit README.md"; exit 1
fi
echo "README.md matches nbdev_readme's output for nbs/index.ipynb"
python tools/check_site.py "$root/_docs" --root "$root" --rendered-in "$scratch" "$@"  # paths of either are noise
