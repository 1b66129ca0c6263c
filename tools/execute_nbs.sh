#!/usr/bin/env bash
# Re-run notebooks top to bottom and store their outputs (what the docs show), then clean and export.
#   tools/execute_nbs.sh                 # all notebooks
#   tools/execute_nbs.sh nbs/03_init.ipynb
# On a machine without a GPU the notebooks use the tiny model and say so in their outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
export MPLBACKEND=module://matplotlib_inline.backend_inline
nbs=("$@"); [ ${#nbs[@]} -gt 0 ] || nbs=(nbs/[0-9]*.ipynb nbs/index.ipynb)
for nb in "${nbs[@]}"; do
  echo "executing $nb"
  (cd nbs && jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=1800 "$(basename "$nb")")
done
# Widget state (hundreds of kB of pixels and plots) stays out of the repo; the docs show the widgets' text fallback.
python3 -c "
import json, sys
for p in sys.argv[1:]:
    nb = json.load(open(p))
    if nb['metadata'].pop('widgets', None) is not None: json.dump(nb, open(p, 'w'), indent=1, ensure_ascii=False)
" "${nbs[@]}"
nbdev_clean && nbdev_export
# README.md is nbdev_readme's rendering of nbs/index.ipynb (it needs quarto on PATH; tools/render_site.sh checks it)
if command -v quarto >/dev/null; then nbdev_readme; rm -rf index_files; fi
