// The minimal demo: loads pkg/ and answers one real query (文山 信访 reply deadline).
import init, { deadline } from '/pkg/zhengwu.js';

await init();
const form = document.getElementById('form');
const out = document.getElementById('answer');
const startError = document.getElementById('start-error');

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function render() {
  startError.textContent = '';
  out.replaceChildren();
  try {
    const a = deadline({
      ruleset: 'wenshan-hrss-2019',
      ref: 'DL-004-056-09',
      start: document.getElementById('start').value,
      extended: document.getElementById('extended').checked,
    });
    out.append(el('p', a.extendedDue && document.getElementById('extended').checked ? a.extendedDue : a.due, 'due'));
    out.append(el('p', a.text));
    for (const c of a.citations) {
      const q = el('blockquote', `${c.document} ${c.article}：${c.quote}`);
      out.append(q);
    }
    const details = el('details');
    details.append(el('summary', '计算过程 How it was computed'));
    const list = el('ol');
    for (const s of a.trace) list.append(el('li', `${s.zh} — ${s.en}`));
    details.append(list);
    out.append(details);
  } catch (e) {
    startError.textContent = `${e.message} (${e.messageEn ?? ''})`;
  }
}

form.addEventListener('submit', (ev) => { ev.preventDefault(); render(); });
render();
document.body.dataset.ready = 'true';
