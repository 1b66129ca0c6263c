"""Write README.md from nbs/index.ipynb (Quarto, which `nbdev_readme` needs, is not available everywhere).

    python tools/readme.py          # rewrite README.md
    python tools/readme.py --check  # exit 1 if README.md is out of date
"""
import re, sys
from pathlib import Path
import nbformat

ROOT = Path(__file__).resolve().parent.parent
DIRECTIVE = re.compile(r'^\s*#\|\s*(.*)$')

def _directives(src):
    "The `#| ...` lines at the top of a cell, as a list of strings."
    return [m.group(1).strip() for line in src.splitlines() if (m := DIRECTIVE.match(line))]

def _code(src):
    return '\n'.join(l for l in src.splitlines() if not DIRECTIVE.match(l)).strip()

def _outputs(cell):
    "Text outputs of a code cell (images are left to the docs site)."
    out = []
    for o in cell.get('outputs', []):
        if o.output_type == 'stream': out.append(o.text)
        elif o.output_type in ('execute_result', 'display_data') and 'text/plain' in o.data and 'image/png' not in o.data:
            out.append(o.data['text/plain'])
    return ''.join(t if t.endswith('\n') else t + '\n' for t in out).rstrip()

NB_LINK = re.compile(r'\]\((\w+\.ipynb)')  # links between notebooks are relative to nbs/, README.md is one level up

def readme(nb_path=ROOT/'nbs'/'index.ipynb') -> str:
    "Markdown for README.md from the index notebook."
    nb = nbformat.read(nb_path, as_version=4)
    parts = ['<!-- Generated from nbs/index.ipynb by tools/readme.py: edit the notebook, not this file -->']
    for cell in nb.cells:
        d = _directives(cell.source)
        if any(x.startswith(('hide', 'default_exp', 'export')) or x == 'include: false' for x in d): continue
        if cell.cell_type == 'markdown': parts.append(NB_LINK.sub(r'](nbs/\1', cell.source.strip()))
        elif cell.cell_type == 'code':
            if 'echo: false' not in d and (code := _code(cell.source)): parts.append(f'```python\n{code}\n```')
            if 'output: false' not in d and (out := _outputs(cell)): parts.append(f'    ' + out.replace('\n', '\n    '))
    return '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    target, text = ROOT/'README.md', readme()
    if '--check' in sys.argv:
        if not target.exists() or target.read_text(encoding='utf-8') != text:
            sys.exit('README.md is out of date with nbs/index.ipynb: run `python tools/readme.py` and commit the result.')
        print('README.md matches nbs/index.ipynb')
    else:
        target.write_text(text, encoding='utf-8'); print(f'wrote {target}')
