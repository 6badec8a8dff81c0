// `npm run check:imports` (and the build): the layers hold and no module imports itself
// through others. components/ may import src/, never the reverse; src/ never imports Lit's
// elements. A circle (a → b → a), static or through import(), makes evaluation order matter
// and splits chunks oddly; `import type` is erased and does not count.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DIRS = ['src', 'components', 'receiver'];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : files(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?!type\s)(?:[^'"();]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;
const graph = new Map();
for (const file of DIRS.flatMap((dir) => files(join(ROOT, dir)))) {
  const code = readFileSync(file, 'utf8');
  const targets = [...code.matchAll(IMPORT)].map((m) => resolve(dirname(file), (m[1] ?? m[2]).replace(/\.js$/, '.ts')));
  graph.set(relative(ROOT, file), [...new Set(targets.map((t) => relative(ROOT, t)))]);
}

const problems = [];
for (const [file, targets] of graph) {
  for (const target of targets) {
    if (file.startsWith('src/') && target.startsWith('components/')) problems.push(`${file} imports ${target}: src/ must not depend on components/`);
  }
}

// Circles: the strongly connected groups of the graph (Tarjan), each named by its members.
let index = 0;
const state = new Map();
const stack = [];
function connect(file) {
  state.set(file, { index, low: index, onStack: true });
  index++;
  stack.push(file);
  for (const target of graph.get(file) ?? []) {
    if (!graph.has(target)) continue;
    if (!state.has(target)) {
      connect(target);
      state.get(file).low = Math.min(state.get(file).low, state.get(target).low);
    } else if (state.get(target).onStack) state.get(file).low = Math.min(state.get(file).low, state.get(target).index);
  }
  if (state.get(file).low !== state.get(file).index) return;
  const group = [];
  let member;
  do {
    member = stack.pop();
    state.get(member).onStack = false;
    group.push(member);
  } while (member !== file);
  if (group.length > 1) problems.push(`import circle among: ${group.sort().join(', ')}`);
}
for (const file of graph.keys()) if (!state.has(file)) connect(file);

if (problems.length) {
  console.error(`Imports:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Imports: ${graph.size} modules, layers hold, no circles.`);
