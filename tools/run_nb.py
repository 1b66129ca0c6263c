"""Run notebooks top to bottom and store their outputs, skipping cells flagged with settings.ini's tst_flags
(`#| slow`, `#| cuda`) unless named with --run, e.g.:
    python tools/run_nb.py nbs/01_world.ipynb
    python tools/run_nb.py nbs/97_world_training.ipynb --run slow    # also the cells that train (hours)
Unlike nbconvert, this never starts a flagged cell by accident; unlike nbdev_test, it keeps the outputs."""
import argparse, os
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory
from nbdev.config import get_config
from nbdev.process import NBProcessor

def as_shown(text:str) -> str:
    "Stream text as a terminal leaves it: of each line rewritten with carriage returns (progress bars), its last state."
    return '\n'.join(line.rstrip('\r').split('\r')[-1] for line in text.split('\n'))

def tidy(nb):
    "Progress bars in stored outputs: only their final state, not every update."
    for c in nb.cells:
        for o in c.get('outputs', []):
            if o.get('output_type') == 'stream': o['text'] = as_shown(''.join(o['text']) if isinstance(o['text'], list) else o['text'])

def run(path:Path, run_flags:set):
    skip = set(get_config().tst_flags.split()) - run_flags
    nb = read_nb(path)
    directives = {id(c): (NBProcessor(path, procs=[], process=True).nb.cells[i].directives_ or {}) for i, c in enumerate(nb.cells)}
    shell = CaptureShell(path)
    shell.run_cell('%matplotlib inline')  # figures as PNG outputs, as in JupyterLab
    with working_directory(path.parent):
        shell.run_all(nb, exc_stop=True, preproc=lambda c: c.cell_type == 'code' and bool(skip & directives[id(c)].keys()))
    tidy(nb); write_nb(nb, path)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('notebooks', nargs='+'); p.add_argument('--run', nargs='*', default=[], help='flags whose cells run too')
    a = p.parse_args()
    os.environ.setdefault('MPLBACKEND', 'module://matplotlib_inline.backend_inline')
    for nb in a.notebooks: print('running', nb); run(Path(nb).resolve(), set(a.run))
