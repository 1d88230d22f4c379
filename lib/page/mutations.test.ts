// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MutationCollector } from './mutations';

describe('MutationCollector', () => {
  let changed: Element[][];
  let huge: number;
  let collector: MutationCollector;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p id="a">one <b>two</b></p><p id="b">three</p></main>';
    changed = [];
    huge = 0;
    collector = new MutationCollector(document, {
      onChanged: (roots) => changed.push(roots),
      onHugeBatch: () => huge++,
    });
    collector.start();
  });
  afterEach(() => {
    collector.stop();
    vi.useRealTimers();
  });

  const settle = async () => {
    await Promise.resolve(); // deliver the mutation records
    await vi.advanceTimersByTimeAsync(2000);
  };

  it('reports the block of changed inline text once per burst', async () => {
    const bold = document.querySelector('b') as HTMLElement;
    bold.textContent = 'TWO';
    (bold.firstChild as Text).data = 'Two';
    await settle();
    expect(changed).toHaveLength(1);
    expect(changed[0]?.map((e) => e.id)).toEqual(['a']);
  });

  it('reports added content and only the outermost changed blocks', async () => {
    const main = document.querySelector('main') as HTMLElement;
    const section = document.createElement('section');
    section.innerHTML = '<p>new</p>';
    main.append(section);
    (document.querySelector('#b') as HTMLElement).textContent = 'changed';
    await settle();
    expect(changed[0]).toEqual([main]);
  });

  it('ignores its own card host and edits inside editors', async () => {
    document.body.append(document.createElement('mdma-lens-card'));
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    await settle();
    changed = [];
    document.body.append(editor);
    await settle();
    changed = [];
    editor.textContent = 'typing';
    await settle();
    expect(changed).toEqual([]);
  });

  it('asks for one full rescan after a huge burst', async () => {
    const main = document.querySelector('main') as HTMLElement;
    for (let i = 0; i < 3000; i++) main.append(document.createElement('p'));
    await settle();
    expect(huge).toBe(1);
    expect(changed).toEqual([]);
  });

  it('stops observing when stopped', async () => {
    collector.stop();
    (document.querySelector('#b') as HTMLElement).textContent = 'x';
    await settle();
    expect(changed).toEqual([]);
  });
});
