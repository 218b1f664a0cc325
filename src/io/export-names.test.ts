import { describe, expect, it } from 'vitest';
import { csvExportName, exportFileName } from './export-names';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('export names', () => {
  it('name the range with an inclusive last day', () => {
    expect(exportFileName([at('2022-01-01'), at('2022-02-01')], 'png')).toBe(
      'timeline-2022-01-01_2022-01-31.png',
    );
  });

  it('say whether a CSV holds the filtered set or what is in view', () => {
    expect(csvExportName('filtered', [at('2021-01-03'), at('2022-12-31')])).toBe(
      'events-filtered-2021-01-03_2022-12-30.csv',
    );
    expect(csvExportName('in-view', [at('2022-06-01'), at('2022-06-10')])).toBe(
      'events-in-view-2022-06-01_2022-06-09.csv',
    );
  });
});
