#!/usr/bin/env python3
"""Print crossinit's module import graph (every import of a crossinit module by another, including those inside
functions), the imports made inside functions, and any import cycle.
    python3 tools/import_graph.py            # this checkout's crossinit/; exit status 1 on a cycle or an import inside a function
    python3 tools/import_graph.py DIR        # another copy of the package, e.g. an older commit's:
    mkdir -p /tmp/old && git archive b26f739 crossinit | tar -x -C /tmp/old && python3 tools/import_graph.py /tmp/old/crossinit"""
import ast, sys
from pathlib import Path

pkg = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent/'crossinit'
mods = sorted(p.stem for p in pkg.glob('*.py') if p.stem not in ('__init__', '_modidx'))

def targets(node) -> list:
    "The crossinit modules an import statement names."
    if isinstance(node, ast.ImportFrom):
        base = node.module or ''
        if node.level == 1 or base == 'crossinit' or base.startswith('crossinit.'):
            base = base.removeprefix('crossinit').lstrip('.')
            if base: return [base.split('.')[0]]
            return [a.name for a in node.names if a.name in mods]
        return []
    return [a.name.split('.')[1] for a in node.names if a.name.startswith('crossinit.')]

edges, inner = {m: set() for m in mods}, []
for m in mods:
    tree = ast.parse((pkg/f'{m}.py').read_text(encoding='utf-8'))
    funcs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    in_func = {id(x) for f in funcs for x in ast.walk(f)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for t in targets(node):
                if t in mods and t != m:
                    edges[m].add(t)
                    if id(node) in in_func: inner.append(f"{m} -> {t} (inside a function, line {node.lineno})")

def cycles() -> list:
    "Strongly connected components with more than one module (Tarjan)."
    index, low, stack, on, out, n = {}, {}, [], set(), [], [0]
    def visit(v):
        index[v] = low[v] = n[0]; n[0] += 1; stack.append(v); on.add(v)
        for w in sorted(edges[v]):
            if w not in index: visit(w); low[v] = min(low[v], low[w])
            elif w in on: low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1: out.append(sorted(comp))
    for v in mods:
        if v not in index: visit(v)
    return out

for m in mods: print(f"{m:9} -> {', '.join(sorted(edges[m])) or '(nothing)'}")
print(f"imports inside functions: {len(inner)}"); print(*(f"  {x}" for x in inner), sep='\n') if inner else None
cyc = cycles()
print(f"cycles: {len(cyc)}"); [print('  ' + ' <-> '.join(c)) for c in cyc]
if not cyc:  # layer 0 imports no crossinit module; each other module sits one above the highest it imports
    level = {}
    def lvl(m): level[m] = level.get(m) if m in level else 1 + max((lvl(t) for t in edges[m]), default=-1); return level[m]
    for m in mods: lvl(m)
    print('layers, bottom first:'); [print(f"  {k}: {', '.join(m for m in mods if level[m] == k)}") for k in range(max(level.values()) + 1)]
sys.exit(1 if cyc or inner else 0)
