#!/usr/bin/env node
// The campaign motif "Laat je niet vangen…" → images/campaign/net.svg (3:2, the brochure's and leidraad's covers), net-low.svg
// (a low net across the foot, the route up the right side: the poster) and net-wide.svg (a mound of net at the right: the
// flyer's title field), one drawing in three compositions, and net-small.svg (net-wide's mound with a coarser mesh, for the
// campaign panel's small picture, 50–56 mm wide): a net spread along
// the foot of the picture, and a route that starts caught under it, tears through its top edge and breaks out upwards (an arrow).
// Drawn from numbers, in the same units (mesh, strokes) for both, so it is redrawn exactly: `node scripts/draw-motif.mjs`.
//
// Colours are the screen values of two theme colours (templates/theme.yaml: net, coral), so the print edition paints the
// art in exactly those inks (see src/pdf/palette.ts). No text, no transparency, no raster; strokes stay 1.5 pt or more
// wherever the templates place the picture.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NET = '#2d5696';
const ROUTE = '#ee6e4a';
/** Mesh lines at ±45°, `STEP` apart along the x axis; knots where they cross; a rope along the net's top edge. */
const STEP = 34;
const LINE = 3.6;
const KNOT = 4.2;
const ROPE = 7;
const ROUTE_WIDTH = 16;
/** The thinnest stroke in print: the net is three inks (85/60/0/18), and under 1.5 pt misregistration shows (preflight: thin-line-inks). */
const MIN_STROKE_PT = 1.5;
const PT_PER_MM = 72 / 25.4;

/** 0 below 0, 1 above 1, an S between. */
const smooth = (t) => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

const VARIANTS = {
  // the net's top edge: a low swell across the width; the route: a cubic curve from under the net, through its edge, up to the right
  net: {
    W: 600,
    H: 400,
    hole: 50,
    top: (x) => 228 - 52 * Math.sin((Math.PI * (x + 40)) / 720) + 10 * Math.sin((3 * Math.PI * x) / 600),
    route: [
      [214, 430],
      [262, 300],
      [330, 170],
      [520, 78],
    ],
  },
  // a low net across the whole width (the poster: its headline stands above it)
  'net-low': {
    W: 600,
    H: 262,
    hole: 42,
    top: (x) => 178 - 16 * Math.sin((Math.PI * (x + 40)) / 720) + 6 * Math.sin((3 * Math.PI * x) / 600),
    route: [
      [436, 300],
      [458, 220],
      [486, 120],
      [540, 72],
    ],
  },
  // a mound of net in the right half, clear of the title on the left (the flyer)
  'net-wide': {
    W: 600,
    H: 262,
    hole: 40,
    top: (x) => 262 - 112 * smooth((x - 330) / 200) + 5 * Math.sin((3 * Math.PI * x) / 600),
    route: [
      [436, 300],
      [458, 220],
      [486, 120],
      [540, 72],
    ],
  },
};
// the same mound drawn small (the campaign panel beside its line, 50 mm wide): a coarser mesh of thicker strands and knots,
// as if seen closer, so its thinnest stroke stays 1.5 pt there (net-wide's would be 0.85 pt)
VARIANTS['net-small'] = { ...VARIANTS['net-wide'], mesh: 1.8 };

const r1 = (n) => Math.round(n * 10) / 10;
function draw(name) {
  // HOLE: how wide the route tears the net open, where it crosses the net's top edge
  const { W, H, top, route: ROUTE_PATH, hole: HOLE, mesh: MESH = 1 } = VARIANTS[name];
  const STEP_ = STEP * MESH;
  const LINE_ = r1(LINE * MESH);
  const KNOT_ = r1(KNOT * MESH);
  // the rope grows less: at the mesh's scale it outweighed the route
  const ROPE_ = r1(ROPE * Math.sqrt(MESH));
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

  function bezier(t) {
    const [a, b, c, d] = ROUTE_PATH;
    const u = 1 - t;
    return [0, 1].map((i) => u * u * u * a[i] + 3 * u * u * t * b[i] + 3 * u * t * t * c[i] + t * t * t * d[i]);
  }
  /** Where the route crosses the top edge: it is under the net before, in front of it after. */
  let HOLE_T = 0;
  for (let t = 0; t <= 1; t += 0.001) {
    const [x, y] = bezier(t);
    if (y < top(x)) {
      HOLE_T = t;
      break;
    }
  }
  const crossing = bezier(HOLE_T);
  const hole = [crossing[0] - 4, crossing[1] + 16];
  const inNet = (x, y) => y >= top(x) && y <= H + 20 && x >= -20 && x <= W + 20;
  const inHole = (x, y, extra = 0) => Math.hypot(x - hole[0], y - hole[1]) < HOLE + extra;

  /** A mesh line clipped to the net and cut by the hole; a cut end at the hole is torn: it stops short and bends outwards. */
  function mesh(from, to) {
    const n = Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) / 1.5);
    const out = [];
    let run = [];
    let startsAtHole = false;
    const close = (endsAtHole) => {
      if (run.length > 1) out.push({ run, startsAtHole, endsAtHole });
      run = [];
    };
    for (let i = 0; i <= n; i++) {
      const p = [from[0] + ((to[0] - from[0]) * i) / n, from[1] + ((to[1] - from[1]) * i) / n];
      const torn = inHole(p[0], p[1]);
      if (inNet(p[0], p[1]) && !torn) {
        if (!run.length) startsAtHole = inHole(p[0], p[1], 3);
        run.push(p);
      } else close(torn);
    }
    close(false);
    const paths = [];
    for (const { run, startsAtHole, endsAtHole } of out) {
      let a = run[0];
      const b = run[run.length - 1];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len < 5) continue;
      const u = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
      const torn = (p, dir) => {
        // short, then a strand pushed outwards (away from the hole, and up: the way the route went)
        const back = 4 + random() * 10;
        const q = [p[0] + dir * u[0] * back, p[1] + dir * u[1] * back];
        const away = [q[0] - hole[0], q[1] - hole[1] - 30];
        const k = Math.hypot(...away);
        const curl = 7 + random() * 8;
        return [q, [q[0] + (away[0] / k) * curl, q[1] + (away[1] / k) * curl]];
      };
      if (startsAtHole) {
        const [q, tip] = torn(a, 1);
        paths.push(`M${r1(tip[0])} ${r1(tip[1])} L${r1(q[0])} ${r1(q[1])} L${r1(b[0])} ${r1(b[1])}`);
        a = q;
        if (endsAtHole) continue;
        continue;
      }
      if (endsAtHole) {
        const [q, tip] = torn(b, -1);
        paths.push(`M${r1(a[0])} ${r1(a[1])} L${r1(q[0])} ${r1(q[1])} L${r1(tip[0])} ${r1(tip[1])}`);
        continue;
      }
      paths.push(`M${r1(a[0])} ${r1(a[1])} L${r1(b[0])} ${r1(b[1])}`);
    }
    return paths;
  }

  const lines = [];
  for (let x0 = -H - 60; x0 <= W + 60; x0 += STEP_) {
    lines.push(...mesh([x0, -20], [x0 + H + 40, H + 20])); // falling to the right
    lines.push(...mesh([x0 + H + 40, -20], [x0, H + 20])); // rising to the right
  }
  const knots = [];
  for (let i = 0; (i - 1) * STEP_ <= 2 * W + 2 * H; i++) {
    for (let j = 0; (j - 1) * STEP_ <= 2 * W + 2 * H; j++) {
      // the falling lines are x − y = −H − 40 + i·STEP, the rising ones x + y = −40 + j·STEP: they cross at
      const c1 = -H - 40 + i * STEP_;
      const c2 = -40 + j * STEP_;
      const x = (c1 + c2) / 2;
      const y = (c2 - c1) / 2;
      if (x < 0 || x > W || y < 0 || y > H) continue;
      if (inNet(x, y - 5) && !inHole(x, y, 8)) knots.push([x, y]);
    }
  }
  // the rope along the top edge, broken where the route went through
  const rope = [];
  let part = [];
  for (let x = -10; x <= W + 10; x += 4) {
    const y = top(x);
    if (inHole(x, y, 8) || y > H - 3) {
      if (part.length > 1) rope.push(part);
      part = [];
    } else part.push([x, y]);
  }
  if (part.length > 1) rope.push(part);

  const split = (t0, t1) => {
    const pts = Array.from({ length: 41 }, (_, i) => bezier(t0 + ((t1 - t0) * i) / 40));
    return `M${pts.map((p) => p.map(r1).join(' ')).join(' L')}`;
  };
  const end = bezier(1);
  const before = bezier(0.98);
  const angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
  const at = (dist, side) => [end[0] + Math.cos(angle) * dist - Math.sin(angle) * side, end[1] + Math.sin(angle) * dist + Math.cos(angle) * side].map(r1);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
  <!-- "Laat je niet vangen…": a route caught under a net tears through it and breaks out. Drawn by scripts/draw-motif.mjs: edit that, not this. -->
  <path d="${split(0, HOLE_T)}" fill="none" stroke="${ROUTE}" stroke-width="${ROUTE_WIDTH}"/>
  <g fill="none" stroke="${NET}" stroke-width="${LINE_}" stroke-linecap="round" stroke-linejoin="round">
${lines.map((d) => `    <path d="${d}"/>`).join('\n')}
  </g>
  <g fill="${NET}">
${knots.map(([x, y]) => `    <circle cx="${r1(x)}" cy="${r1(y)}" r="${KNOT_}"/>`).join('\n')}
  </g>
  <g fill="none" stroke="${NET}" stroke-width="${ROPE_}" stroke-linecap="round">
${rope.map((p) => `    <path d="M${p.map((q) => q.map(r1).join(' ')).join(' L')}"/>`).join('\n')}
  </g>
  <path d="${split(HOLE_T - 0.01, 1)}" fill="none" stroke="${ROUTE}" stroke-width="${ROUTE_WIDTH}"/>
  <path d="M${at(40, 0).join(' ')} L${at(-2, 27).join(' ')} L${at(-2, -27).join(' ')} Z" fill="${ROUTE}"/>
</svg>
`;
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), `../images/campaign/${name}.svg`);
  writeFileSync(out, svg);
  // the thinnest stroke is the mesh: placed narrower than this, it prints under MIN_STROKE_PT
  const minWidthMm = Math.ceil(((MIN_STROKE_PT / LINE_) * W) / PT_PER_MM);
  console.log(
    `wrote ${path.relative(process.cwd(), out)}: ${lines.length} mesh strands, ${knots.length} knots, ${Buffer.byteLength(svg)} bytes; place it ${minWidthMm} mm wide or more (mesh ${MIN_STROKE_PT} pt)`,
  );
}

for (const name of Object.keys(VARIANTS)) draw(name);
