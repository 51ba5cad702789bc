import { describe, expect, it, vi } from 'vitest';
import {
  aiAvailability,
  builtInSummarizer,
  parseKeyPoints,
  summarizeWithAi,
  type SummarizerApi,
  type SummarizerSession,
} from '@/lib/view/ai-summarizer';

type CreateOptions = Parameters<SummarizerApi['create']>[0];

/** A stand-in for Chrome's `Summarizer`: usage = characters, a fixed quota, canned output. */
function fakeApi(
  options: {
    availability?: string;
    quota?: number;
    output?: string;
    downloadSteps?: number[];
  } = {},
) {
  const inputs: string[] = [];
  const created: CreateOptions[] = [];
  let destroyed = 0;
  const session: SummarizerSession = {
    inputQuota: options.quota ?? 10_000,
    measureInputUsage: async (input) => input.length,
    summarize: async (input) => {
      inputs.push(input);
      return options.output ?? '* First point.\n* **Second** point.';
    },
    destroy: () => {
      destroyed += 1;
    },
  };
  const api: SummarizerApi = {
    availability: vi.fn(async () => options.availability ?? 'available'),
    create: async (createOptions) => {
      created.push(createOptions);
      const monitor = new EventTarget();
      createOptions.monitor?.(monitor);
      for (const loaded of options.downloadSteps ?? []) {
        monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      }
      return session;
    },
  };
  return { api, inputs, created, destroyed: () => destroyed };
}

const ARTICLE = { title: 'A visit', lang: 'en', length: 'medium' as const };

describe('feature detection', () => {
  it('finds no summarizer where the global is missing or incomplete', async () => {
    expect(builtInSummarizer({})).toBeUndefined();
    expect(builtInSummarizer({ Summarizer: { availability: () => 'available' } })).toBeUndefined();
    expect(await aiAvailability('en', undefined)).toBe('unsupported');
  });

  it('finds the global when it has availability() and create()', () => {
    const { api } = fakeApi();
    expect(builtInSummarizer({ Summarizer: api })).toBe(api);
  });

  it("passes the browser's answer through, and anything odd as unavailable", async () => {
    for (const answer of ['available', 'downloadable', 'downloading', 'unavailable']) {
      expect(await aiAvailability('en', fakeApi({ availability: answer }).api)).toBe(answer);
    }
    expect(await aiAvailability('en', fakeApi({ availability: 'readily' }).api)).toBe(
      'unavailable',
    );
    const throwing: SummarizerApi = {
      availability: () => Promise.reject(new Error('blocked by policy')),
      create: () => Promise.reject(new Error('no')),
    };
    expect(await aiAvailability('en', throwing)).toBe('unavailable');
  });

  it('says unavailable for a language the model does not take, without asking', async () => {
    const { api } = fakeApi();
    expect(await aiAvailability('ko', api)).toBe('unavailable');
    expect(api.availability).not.toHaveBeenCalled();
    expect(await aiAvailability('es-MX', api)).toBe('available');
  });
});

describe('summarizeWithAi', () => {
  it('asks for key points in the article language and returns them as plain text', async () => {
    const fake = fakeApi();
    const result = await summarizeWithAi({ ...ARTICLE, text: 'One.\n\nTwo.' }, fake.api);
    expect(result).toEqual({ points: ['First point.', 'Second point.'], truncated: false });
    expect(fake.created[0]).toMatchObject({
      type: 'key-points',
      length: 'medium',
      expectedInputLanguages: ['en'],
      outputLanguage: 'en',
    });
    expect(fake.inputs).toEqual(['One.\n\nTwo.']);
    expect(fake.destroyed()).toBe(1);
  });

  it('reports model download progress', async () => {
    const fake = fakeApi({ downloadSteps: [0, 0.5, 1] });
    const progress: number[] = [];
    await summarizeWithAi(
      { ...ARTICLE, text: 'x', onDownloadProgress: (f) => progress.push(f) },
      fake.api,
    );
    expect(progress).toEqual([0, 0.5, 1]);
  });

  it('keeps whole leading paragraphs that fit the input quota', async () => {
    const paragraphs = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40), 'd'.repeat(40)];
    const fake = fakeApi({ quota: 100 });
    const result = await summarizeWithAi({ ...ARTICLE, text: paragraphs.join('\n\n') }, fake.api);
    expect(result.truncated).toBe(true);
    expect(fake.inputs).toEqual([paragraphs.slice(0, 2).join('\n\n')]);
  });

  it('cuts a first paragraph longer than the quota', async () => {
    const fake = fakeApi({ quota: 100 });
    const result = await summarizeWithAi({ ...ARTICLE, text: 'z'.repeat(1000) }, fake.api);
    expect(result.truncated).toBe(true);
    expect(fake.inputs[0]?.length).toBeLessThanOrEqual(100);
    expect(fake.inputs[0]?.length).toBeGreaterThan(0);
  });

  it('fails clearly without the API, for other languages, and on empty output', async () => {
    await expect(summarizeWithAi({ ...ARTICLE, text: 'x' }, undefined)).rejects.toThrow(
      /no built-in/,
    );
    await expect(
      summarizeWithAi({ ...ARTICLE, lang: 'ko', text: 'x' }, fakeApi().api),
    ).rejects.toThrow(/language/);
    const empty = fakeApi({ output: '\n  \n' });
    await expect(summarizeWithAi({ ...ARTICLE, text: 'x' }, empty.api)).rejects.toThrow(/nothing/);
    expect(empty.destroyed()).toBe(1);
  });
});

describe('parseKeyPoints', () => {
  it('strips list markers and inline Markdown, keeping the text', () => {
    expect(parseKeyPoints('- one\n2. `two`\n\n+ __three__ <b>x</b>\n')).toEqual([
      'one',
      'two',
      'three <b>x</b>',
    ]);
  });
});
