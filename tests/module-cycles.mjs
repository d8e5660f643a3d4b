// No import cycle between the modules of a crate (issue 19): for every crate of the workspace, reads which modules
// each module uses (`use crate::…`, `super::…`, and paths written inline), and fails when two modules depend on
// each other, directly or through others. A module using its parent's or its children's items is not a cycle
// (that is how Rust modules share their types); test modules (`#[cfg(test)]`) are left out.
//
//   node tests/module-cycles.mjs        (in `make test`)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const crates = [
  ['zhenggai-widget', join(root, 'src')],
  ['zhenggai-core', join(root, 'crates/core/src')],
  ['zhenggai-charts', join(root, 'crates/charts/src')],
  ['zhenggai-cli', join(root, 'crates/cli/src')],
];

/** Every module file of a crate, as [module path, file]: `a/b.rs` and `a/b/mod.rs` are `a::b`; binaries left out. */
function moduleFiles(dir) {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.rs')) files.push(path);
    }
  };
  walk(dir);
  const modules = [];
  for (const file of files) {
    const parts = relative(dir, file).split(sep);
    const last = parts.pop().replace(/\.rs$/, '');
    if (parts[0] === 'bin' || (parts.length === 0 && last === 'main')) continue;
    if (last !== 'mod' && !(parts.length === 0 && last === 'lib')) parts.push(last);
    modules.push([parts.join('::'), file]);
  }
  return modules;
}

/** The source of a module without its tests. */
function withoutTests(text) {
  const at = text.search(/#\[cfg\(test\)\]\s*\n\s*mod tests/);
  return (at >= 0 ? text.slice(0, at) : text).replace(/\/\/.*$/gm, '');
}

/** Expands `a::{b, c::{d}}` into `a::b`, `a::c::d`. */
function expand(path) {
  const open = path.indexOf('{');
  if (open < 0) return [path];
  const head = path.slice(0, open);
  let depth = 0;
  let start = open + 1;
  const items = [];
  for (let i = open + 1; i < path.length; i += 1) {
    const c = path[i];
    if (c === '{') depth += 1;
    else if (c === '}' && depth-- === 0) { items.push(path.slice(start, i)); break; } else if (c === ',' && depth === 0) { items.push(path.slice(start, i)); start = i + 1; }
  }
  return items.map((item) => item.trim()).filter(Boolean).flatMap((item) => expand(head + item));
}

const failures = [];
for (const [name, dir] of crates) {
  const modules = moduleFiles(dir);
  const known = new Set(modules.map(([path]) => path));
  const edges = new Map(modules.map(([path]) => [path, new Set()]));
  for (const [module, file] of modules) {
    const text = withoutTests(readFileSync(file, 'utf8'));
    const uses = [...text.matchAll(/\buse\s+((?:crate|super|self)::[^;]+);/g)].flatMap((m) => expand(m[1].replace(/\s+/g, '')));
    const inline = [...text.matchAll(/\b((?:crate|super)(?:::[A-Za-z_]\w*)+)/g)].map((m) => m[1]);
    for (const raw of [...uses, ...inline]) {
      const segments = raw.split('::');
      let base = [];
      const own = module ? module.split('::') : [];
      // A file `x.rs` or `x/mod.rs` is module x: `super` is its parent.
      if (segments[0] === 'crate') segments.shift();
      else {
        base = own;
        while (segments[0] === 'super' || segments[0] === 'self') {
          if (segments.shift() === 'super') base = base.slice(0, -1);
        }
      }
      const full = [...base, ...segments.filter((s) => s !== 'self')];
      let target = null;
      for (let n = full.length; n >= 0; n -= 1) {
        const candidate = full.slice(0, n).join('::');
        if (known.has(candidate)) { target = candidate; break; }
      }
      if (target === null || target === module) continue;
      const related = target === '' || module === '' || target.startsWith(`${module}::`) || module.startsWith(`${target}::`);
      if (!related) edges.get(module).add(target);
    }
  }
  // Strongly connected components (Tarjan): any with more than one module is a cycle.
  let index = 0;
  const stack = [];
  const state = new Map();
  const cycles = [];
  const visit = (v) => {
    state.set(v, { index, low: index, onStack: true });
    index += 1;
    stack.push(v);
    for (const w of edges.get(v)) {
      if (!state.has(w)) { visit(w); state.get(v).low = Math.min(state.get(v).low, state.get(w).low); } else if (state.get(w).onStack) state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
    }
    if (state.get(v).low === state.get(v).index) {
      const component = [];
      let w;
      do { w = stack.pop(); state.get(w).onStack = false; component.push(w); } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const [module] of modules) if (!state.has(module)) visit(module);
  const count = [...edges.values()].reduce((n, set) => n + set.size, 0);
  console.log(`${name}: ${modules.length} modules, ${count} uses between unrelated modules, ${cycles.length} cycles`);
  for (const cycle of cycles) {
    const detail = cycle.map((m) => `${m || '(root)'} → ${[...edges.get(m)].filter((t) => cycle.includes(t)).join(', ')}`).join('; ');
    failures.push(`${name}: ${detail}`);
  }
}
for (const failure of failures) console.log(`  cycle: ${failure}`);
console.log(failures.length ? `0 passed, ${failures.length} failed` : '1 passed, 0 failed');
process.exit(failures.length ? 1 : 0);
