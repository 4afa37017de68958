import { render, screen, within } from '@testing-library/react';
import type { ApiResult } from '../../api/types';
import { member, signIn, tokens } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';
import { tokenStore } from '../../api/token-store';
import { UploadProgress } from './components/upload-progress';

const PATH = '/api/v1/betting/imports/football-data';
const viewer = { ...member, roles: ['Viewer'] };
const csv = new File(['Div,Date,HomeTeam\nE0,11/08/2023,Burnley\n'], 'E0.csv', { type: 'text/csv' });

const report: ApiResult<typeof PATH, 'post'> = {
  fileName: 'E0.csv',
  rowsRead: 380,
  eventsAdded: 379,
  eventsUpdated: 0,
  snapshotsAdded: 9120,
  snapshotsAlreadyPresent: 0,
  skippedMarkets: 2,
  rejections: [{ lineNumber: 17, column: 'Date', reason: "'31/02/2023' is not a date." }],
};

/** Answers the import once `release` is called, so the test sees the upload in flight. */
function importApi() {
  let release: (() => void) | undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const api = mockApi(
    meHandler(member),
    http.post(PATH, async ({ response }) => {
      await gate;
      return response(200).json(report);
    }),
  );
  return {
    api,
    release: () => {
      release?.();
    },
  };
}

async function upload(user: ReturnType<typeof renderApp>['user']) {
  await user.upload(await screen.findByLabelText('football-data.co.uk CSV file'), csv);
  await user.click(screen.getByRole('button', { name: 'Upload' }));
}

describe('import data page', () => {
  beforeEach(() => {
    signIn();
  });

  it('shows the upload progress, then the report and the rejected rows', async () => {
    const { api, release } = importApi();
    const { user } = renderApp('/betting/import');
    await upload(user);

    expect(await screen.findByRole('progressbar', { name: 'Upload progress' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Uploading… 0%');
    release();

    const section = await screen.findByRole('region', { name: 'Imported E0.csv' });
    expect(within(section).getByText('Rows read').nextElementSibling).toHaveTextContent('380');
    expect(within(section).getByText('Events added').nextElementSibling).toHaveTextContent('379');
    const table = within(section).getByRole('table', { name: 'Rejected rows' });
    expect(within(table).getByRole('row', { name: /17 Date '31\/02\/2023' is not a date./ })).toBeVisible();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(api.calls('post', PATH)[0]?.headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('says when no row was rejected', async () => {
    mockApi(
      meHandler(member),
      http.post(PATH, ({ response }) => response(200).json({ ...report, rejections: [] })),
    );
    const { user } = renderApp('/betting/import');
    await upload(user);

    expect(await screen.findByText('No rejected rows.')).toBeInTheDocument();
  });

  it('shows the problem naming the file when the API refuses it', async () => {
    mockApi(
      meHandler(member),
      http.post(PATH, ({ response }) =>
        response(400).json(
          ...validationProblem({ file: ['The file is not a football-data CSV: it has no HomeTeam column.'] }),
        ),
      ),
    );
    const { user } = renderApp('/betting/import');
    await upload(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not import the file.');
    expect(within(alert).getByRole('list', { name: 'Field errors' })).toHaveTextContent(
      'file: The file is not a football-data CSV: it has no HomeTeam column.',
    );
  });

  it('refreshes an expired access token before uploading', async () => {
    tokenStore.set({ ...tokens(1), accessTokenExpiresAt: '2020-01-01T00:00:00Z' });
    const api = mockApi(
      meHandler(member),
      http.post('/api/v1/identity/refresh', ({ response }) => response(200).json(tokens(2))),
      http.post(PATH, ({ response }) => response(200).json(report)),
    );
    const { user } = renderApp('/betting/import');
    await upload(user);

    await screen.findByRole('region', { name: 'Imported E0.csv' });
    expect(api.calls('post', PATH)[0]?.headers.get('Authorization')).toBe('Bearer access-2');
  });

  it('says "Importing…" once every byte is sent', () => {
    render(<UploadProgress progress={{ loaded: 2048, total: 2048 }} />);
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute('value', '100');
    expect(screen.getByRole('status')).toHaveTextContent('Importing…');
  });
});

describe('import data for Viewers', () => {
  beforeEach(() => {
    signIn();
  });

  it('hides the nav entry from Viewers and shows it to Members', async () => {
    mockDashboardApi(viewer);
    const { unmount } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'API keys' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Ada Lovelace' });
    expect(within(nav).queryByRole('link', { name: 'Import data' })).not.toBeInTheDocument();
    unmount();

    mockDashboardApi(member);
    renderApp('/');
    const memberNav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(memberNav).findByRole('link', { name: 'Import data' })).toHaveAttribute(
      'href',
      '/betting/import',
    );
  });

  it('tells Viewers the page is not for them, without uploading', async () => {
    const api = mockApi(meHandler(viewer));
    renderApp('/betting/import');

    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.getByText('You need the Admin, Advisor or Member role to open this page.')).toBeVisible();
    expect(api.calls('post', PATH)).toHaveLength(0);
  });
});
