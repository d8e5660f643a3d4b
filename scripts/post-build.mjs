// Trunk's post_build hook (Trunk.toml): the steps that finish a build, one after the other. Trunk runs the hooks of
// one stage at the same time, and both steps rewrite the staged index.html, so they are one hook:
//   1. scripts/standalone-page.mjs — the built-in report's snapshot baked into index.html, Trunk's start taken out;
//   2. scripts/minify.mjs — the scripts and CSS minified, the integrity hashes of the final files written again.
//
//   node scripts/post-build.mjs [staging dir]     (Trunk passes it as TRUNK_STAGING_DIR)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const staging = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('usage: node scripts/post-build.mjs <staging dir>');
for (const step of ['standalone-page.mjs', 'minify.mjs']) {
  execFileSync(process.execPath, [fileURLToPath(new URL(step, import.meta.url)), staging], { stdio: 'inherit' });
}
