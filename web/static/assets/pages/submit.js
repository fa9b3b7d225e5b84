// pages/submit.js — #/submit: a job from the browser, signed by the wallet.
//
// The daemon completes the spec and builds the EIP-712 typed data (POST
// /v1/jobs/draft, the same typed data `submit-task --dry-run` prints); the
// wallet signs it (eth_signTypedData_v4); the signed spec goes to POST
// /v1/jobs. A rejected prompt submits nothing and says so. The page never
// builds the typed data itself, so it cannot disagree with the daemon.

import { api, web } from '../api.js';
import * as wallet from '../wallet.js';
import { clear, h, idText } from '../dom.js';

// The model templates come from the daemon (GET /v1/models: the ones
// shipped in its binary); a draft that names one and uploads no module runs
// its builtin program, which the daemon supplies.

// A module is sent base64 in a body of at most 96 MiB.
const MAX_MODULE = 70 * 1024 * 1024;

/** ethToWei("0.5") → "500000000000000000"; throws on anything but a plain decimal. */
export function ethToWei(s) {
  const v = String(s ?? '').trim() || '0';
  const m = /^(\d+)(?:\.(\d{0,18}))?$/.exec(v);
  if (!m) throw new Error(`price cap “${v}” is not an amount of ETH (e.g. 0.5, at most 18 decimals)`);
  const wei = BigInt(m[1]) * 10n ** 18n + BigInt((m[2] || '').padEnd(18, '0') || '0');
  return wei.toString();
}

/** base64 of bytes, in chunks (a 70 MiB module must not blow the call stack). */
export function toBase64(bytes) {
  let bin = '';
  const CH = 0x8000;
  for (let i = 0; i < bytes.length; i += CH) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + CH));
  return btoa(bin);
}

function field(label, control, help) {
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, help ? h('small', { class: 'muted', id: `${control.id}-help` }, help) : null);
}

export async function mount(root, _route, ctx) {
  // Without the list the form still works, with an uploaded module.
  let templates = [];
  try { templates = (await api.models({ signal: ctx.signal })) || []; } catch (e) { if (e.name === 'AbortError') throw e; }
  const tmpl = h('select', { id: 'submit-template', name: 'template' },
    h('option', { value: '' }, '— none —'), templates.map((t) => h('option', { value: t.name, title: t.description || '' }, t.name)));
  const runtime = h('select', { id: 'submit-runtime', name: 'runtime' },
    h('option', { value: 'wasm' }, 'wasm'), h('option', { value: 'docker' }, 'docker'), h('option', { value: 'process' }, 'process'));
  const artifact = h('input', { id: 'submit-artifact', name: 'artifact', type: 'file', accept: '.wasm,application/wasm' });
  const image = h('input', { id: 'submit-image', name: 'image', type: 'text', placeholder: 'registry/name:tag@sha256:…', autocomplete: 'off' });
  const processPath = h('input', { id: 'submit-process', name: 'process', type: 'text', placeholder: '/usr/bin/python3', autocomplete: 'off' });
  const args = h('textarea', { id: 'submit-args', name: 'args', rows: '3', placeholder: 'one argument per line' });
  const gpuModel = h('input', { id: 'submit-gpu-model', name: 'gpuModel', type: 'text', placeholder: 'A100 (empty: any)', autocomplete: 'off' });
  const gpuCount = h('input', { id: 'submit-gpu-count', name: 'gpuCount', type: 'number', min: '0', max: '1024', step: '1', value: '0' });
  const ram = h('input', { id: 'submit-ram', name: 'ram', type: 'number', min: '0', step: '1', value: '1' });
  const duration = h('input', { id: 'submit-duration', name: 'duration', type: 'number', min: '1', step: '1', value: '60' });
  const inputs = h('textarea', { id: 'submit-inputs', name: 'inputs', rows: '2', placeholder: 'ipfs://bafy… (one per line)' });
  const priceCap = h('input', { id: 'submit-price-cap', name: 'priceCap', type: 'text', inputmode: 'decimal', value: '0' });
  const region = h('input', { id: 'submit-region', name: 'region', type: 'text', placeholder: 'any', autocomplete: 'off' });
  const netAccess = h('input', { id: 'submit-network', name: 'networkAccess', type: 'checkbox' });
  const sealToWallet = h('input', { id: 'submit-results-key', name: 'resultsKey', type: 'checkbox', checked: true });
  const button = h('button', { id: 'submit-button', type: 'submit', class: 'btn primary' }, 'Sign with wallet and submit');
  const status = h('div', { id: 'submit-status', role: 'status', 'aria-live': 'polite', 'data-state': 'idle' });

  const wasmBox = field('WASM module', artifact, 'A WASI command module. With a template and no file, the daemon is asked to supply the template’s program (it says so if it cannot).');
  const imageBox = field('Docker image', image, 'Pin it to a digest (…@sha256:…): executors pull it by that.');
  const processBox = field('Program', processPath, 'Runs unsandboxed, on nodes that allow it (skyopsd --allow-process).');
  const netBox = h('div', { class: 'field check' }, netAccess, h('label', { for: 'submit-network' }, 'Give the container a network (Docker only)'));

  const form = h('form', { id: 'submit-form', class: 'form', novalidate: true },
    h('fieldset', null, h('legend', null, 'What runs'),
      field('Model template', tmpl, 'Fills in the fields below from skyops’s templates.'),
      field('Runtime', runtime), wasmBox, imageBox, processBox, netBox,
      field('Arguments', args)),
    h('fieldset', null, h('legend', null, 'Resources'),
      h('div', { class: 'grid2' },
        field('GPU model', gpuModel), field('GPU count', gpuCount, '0 = CPU only'),
        field('RAM (GiB)', ram), field('Maximum run time (minutes)', duration))),
    h('fieldset', null, h('legend', null, 'Inputs and placement'),
      field('Inputs (dataset CIDs)', inputs, 'Public content, ipfs://CID each; private input files need the CLI (skyops submit-task --input-file).'),
      h('div', { class: 'grid2' },
        field('Price cap (ETH per GPU-hour)', priceCap, '0 = no cap'), field('Region', region)),
      h('div', { class: 'field check' }, sealToWallet, h('label', { for: 'submit-results-key' },
        'Seal the logs and output to a key from my wallet, so this page can open them (one extra signature, once per tab)'))),
    h('div', { class: 'actions' }, button), status);

  clear(root, h('div', { class: 'page-head' }, h('h1', null, 'Submit a job')),
    wallet.provider() ? null : h('p', { class: 'notice notice-info', id: 'submit-no-wallet' },
      'No browser wallet found: install an Ethereum wallet extension (e.g. MetaMask) to sign jobs here, or use the skyops CLI.'),
    form);

  function showRuntime() {
    wasmBox.hidden = runtime.value !== 'wasm';
    imageBox.hidden = runtime.value !== 'docker';
    processBox.hidden = runtime.value !== 'process';
    netBox.hidden = runtime.value !== 'docker';
  }
  runtime.addEventListener('change', showRuntime);
  tmpl.addEventListener('change', () => {
    const t = templates.find((x) => x.name === tmpl.value);
    if (!t) return;
    runtime.value = t.runtime || 'wasm';
    args.value = (t.args || []).join('\n');
    gpuModel.value = t.gpuModel || '';
    gpuCount.value = String(t.gpuCount || 0);
    ram.value = String(Math.ceil((t.ramMiB || 0) / 1024));
    duration.value = String(Math.max(1, Math.ceil((t.durationSec || 3600) / 60)));
    showRuntime();
  });
  showRuntime();

  function say(state, ...msg) {
    status.dataset.state = state;
    status.className = `notice notice-${state === 'error' || state === 'rejected' ? 'error' : state === 'done' ? 'ok' : 'info'}`;
    clear(status, ...msg);
  }

  function uint(el, what, max = 2 ** 31) {
    const v = el.value.trim() === '' ? 0 : Number(el.value);
    if (!Number.isInteger(v) || v < 0 || v > max) throw new Error(`${what} must be a whole number from 0 to ${max}`);
    return v;
  }

  async function buildSpec() {
    const t = templates.find((x) => x.name === tmpl.value);
    const rt = runtime.value;
    const spec = {
      runtime: rt,
      args: args.value.split('\n').map((a) => a.trim()).filter(Boolean),
      env: [],
      model: t ? t.name : '',
      framework: t ? t.framework : '',
      gpuModel: gpuModel.value.trim(),
      gpuCount: uint(gpuCount, 'GPU count', 1024),
      ramMiB: uint(ram, 'RAM', 1 << 22) * 1024,
      durationSec: uint(duration, 'Maximum run time', 60 * 24 * 365) * 60,
      priceCapWei: ethToWei(priceCap.value),
      inputCids: inputs.value.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => (l.startsWith('ipfs://') ? l : `ipfs://${l}`)),
      region: region.value.trim(),
      networkAccess: rt === 'docker' && netAccess.checked,
    };
    if (!spec.durationSec) throw new Error('Maximum run time must be at least 1 minute');
    if (spec.gpuModel && !spec.gpuCount) spec.gpuCount = 1; // as submit-task --gpu implies --gpus 1
    let module = '';
    if (rt === 'wasm') {
      const f = artifact.files && artifact.files[0];
      if (f) {
        if (f.size > MAX_MODULE) throw new Error(`the module is ${(f.size / 1048576).toFixed(1)} MiB; the browser can send at most ${MAX_MODULE / 1048576} MiB (use the CLI for larger)`);
        module = toBase64(new Uint8Array(await f.arrayBuffer()));
      } else if (!t) {
        throw new Error('Choose a WASM module to upload, or a model template');
      }
    } else if (rt === 'docker') {
      if (!image.value.trim()) throw new Error('Name the Docker image to run');
      spec.artifact = image.value.trim();
    } else {
      if (!processPath.value.trim()) throw new Error('Name the program to run');
      spec.artifact = processPath.value.trim();
    }
    return { spec, module };
  }

  let busy = false;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return;
    busy = true;
    button.disabled = true;
    try {
      let built;
      try { built = await buildSpec(); } catch (e) { say('error', e.message); return; }
      if (!wallet.provider()) { say('error', new wallet.NoWallet().message); return; }
      if (!wallet.current()) {
        say('working', 'Connect your wallet: confirm the connection and the sign-in in the wallet…');
        await wallet.connect();
      }
      const owner = wallet.current();
      let sealNote = '';
      if (sealToWallet.checked) {
        say('working', 'Sign the results-key message in your wallet (once per tab: it lets this page open your logs and output)…');
        try {
          const sig = await wallet.resultsSignature();
          built.spec.resultsKey = (await web.resultsKey(sig)).publicKey;
        } catch (e) {
          // A daemon that cannot open results with a wallet key: the job's
          // results are sealed to the owner's own key, as the CLI's are.
          if (![501, 503, 404].includes(e.status)) throw e;
          sealNote = ` Results are sealed to your wallet's own key (${e.message}): read them with the skyops CLI.`;
        }
      }
      say('working', 'Asking the daemon to prepare the job…');
      const draft = await api.draft(built.spec, built.module || undefined);
      say('working', 'Sign the job in your wallet (job ', idText(draft.id), ')…');
      const signature = await wallet.signTypedData(draft.typedData, 'sign the job');
      say('working', 'Submitting…');
      const artifactB64 = draft.artifact || built.module || undefined;
      const body = { spec: draft.spec, signature, owner };
      if (artifactB64) body.artifact = artifactB64;
      const res = await api.submit(body);
      say('done', 'Submitted job ', h('code', { id: 'submit-job-id', class: 'id' }, res.id), res.placement ? ` — ${res.placement}` : '', '.', sealNote, sealNote ? '' : ' Opening it…');
      // Give a note worth reading a moment on screen before the job page.
      if (sealNote) await new Promise((r) => setTimeout(r, 2500));
      if (!ctx.signal.aborted) location.hash = `#/jobs/${res.id}`;
    } catch (e) {
      if (e instanceof wallet.WalletRejected) say('rejected', 'You rejected the signature request in your wallet: nothing was submitted.');
      else say('error', e.message);
    } finally {
      busy = false;
      button.disabled = false;
    }
  });
}
