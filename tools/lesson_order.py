"""Check that every lesson uses only what earlier lessons and the appendices built.

    python tools/lesson_order.py [NBS_DIR]

A notebook's module is the one its `#| default_exp` names. Numbered notebooks are lessons, in the order of their
names, except the appendices (names starting with 9), which any lesson may use and which may use any module. A lesson
that imports (`from crossinit.m import ...`, `import crossinit.m`) a module made by a later lesson fails the check:
exit 1, one line per lesson.
A kind of result registered by name ('crossinit.dreambooth:apply_unet', imported on use) is not an import.
"""
import json, re, sys
from pathlib import Path

IMPORT = re.compile(r'^\s*(?:from\s+crossinit\.(\w+)\s+import|import\s+crossinit\.(\w+))', re.MULTILINE)
EXPORT = re.compile(r'^#\|\s*default_exp\s+(\w+)', re.MULTILINE)

def sources(nb:Path) -> list:
    "The code cells' sources of a notebook."
    return [''.join(c['source']) for c in json.loads(nb.read_text(encoding='utf-8'))['cells']
            if c['cell_type'] == 'code']

def late_imports(nbs_dir:Path) -> dict:
    "{lesson: [(module, the later lesson that makes it)]} for every lesson that uses a later lesson's module."
    nbs = sorted(Path(nbs_dir).glob('[0-9]*.ipynb'))
    maker = {m: nb.stem for nb in nbs for s in sources(nb) for m in EXPORT.findall(s)}
    late = {}
    for nb in nbs:
        if nb.stem.startswith('9'): continue
        used = {a or b for s in sources(nb) for a, b in IMPORT.findall(s)}
        later = sorted((m, maker[m]) for m in used if m in maker and not maker[m].startswith('9')
                       and maker[m] > nb.stem)
        if later: late[nb.stem] = later
    return late

if __name__ == '__main__':
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else 'nbs')
    late = late_imports(folder)
    for nb, mods in late.items():
        print(f"{nb} uses a later lesson's code: " + ', '.join(f"crossinit.{m} ({by})" for m, by in mods))
    lessons = len(list(folder.glob('[0-8]*.ipynb')))
    print(f"lesson order: {lessons} lessons, {len(late)} using a later lesson's code")
    sys.exit(1 if late else 0)
