"""Per notebook: code cells, the share of them that show an output, and the longest code cell (lines).

    python tools/nb_stats.py            # every notebook in nbs/
    python tools/nb_stats.py nbs/06_train.ipynb
"""
import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def stats(path: Path) -> dict:
    "Counts for one notebook, with outputs as stored in the file."
    cells = [c for c in json.loads(path.read_text(encoding='utf-8'))['cells'] if c['cell_type'] == 'code']
    lines = lambda c: len(''.join(c['source']).splitlines())
    shown = sum(bool(c.get('outputs')) for c in cells)
    longest = max(cells, key=lines, default=None)
    return dict(code=len(cells), shown=shown, share=shown / len(cells) if cells else 0.0,
                longest=lines(longest) if longest else 0)

if __name__ == '__main__':
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT/'nbs').glob('*.ipynb'))
    print(f"{'notebook':<22} {'code':>5} {'shown':>6} {'share':>6} {'longest':>8}")
    tot = dict(code=0, shown=0)
    for p in paths:
        s = stats(p); tot['code'] += s['code']; tot['shown'] += s['shown']
        print(f"{p.name:<22} {s['code']:>5} {s['shown']:>6} {s['share']:>6.0%} {s['longest']:>8}")
    print(f"{'all':<22} {tot['code']:>5} {tot['shown']:>6} {tot['shown'] / max(tot['code'], 1):>6.0%}")
