import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../support/msw-server';
import { EVENTS_URL, renderApp, sampleHandler, serveDevPage } from '../support/render-app';

const THROTTLE_URL = 'https://ll.thespacedevs.com/2.3.0/api-throttle/';

describe('settings', () => {
  it('shows the remaining request budget and keeps the key out of the URL', async () => {
    serveDevPage();
    const throttleRequests: Request[] = [];
    server.use(
      http.get(THROTTLE_URL, ({ request }) => {
        throttleRequests.push(request);
        return HttpResponse.json([
          {
            your_request_limit: 15,
            limit_frequency_secs: 3600,
            current_use: 3,
            next_use_secs: 1200,
            ident: 'x',
          },
        ]);
      }),
    );
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    expect(
      await within(dialog).findByText('12 of 15 requests left; the next is freed in 20 min.'),
    ).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('API key (optional)'), 'my-key');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('station-dockings:settings')!)).toEqual({
      source: 'live',
      apiKey: 'my-key',
    });
    expect(window.location.href).not.toContain('my-key');

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await within(await screen.findByRole('dialog')).findByText(/requests left/);
    expect(throttleRequests.at(-1)?.headers.get('Authorization')).toBe('Token my-key');
  });

  it('switches to the bundled sample without any API request', async () => {
    let apiRequests = 0;
    server.use(
      http.get(EVENTS_URL, () => {
        apiRequests += 1;
        return HttpResponse.json({ count: 0, next: null, previous: null, results: [] });
      }),
      http.get(THROTTLE_URL, () =>
        HttpResponse.json({
          your_request_limit: 15,
          limit_frequency_secs: 3600,
          current_use: 1,
          next_use_secs: 0,
        }),
      ),
      sampleHandler,
    );
    const { user } = renderApp();
    expect(await screen.findByText('No docking events')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent(
      /^Timeline: nothing to show, as the data source has no docking events yet\.$/,
    );
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(screen.getByRole('radio', { name: /Bundled sample/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();
    expect(
      screen.getByText(/Showing the bundled sample, 5 real docking events/),
    ).toBeInTheDocument();
    expect(apiRequests).toBe(1);
  });

  it('closes on Escape and returns focus to the Settings button', async () => {
    serveDevPage();
    server.use(http.get(THROTTLE_URL, () => new HttpResponse(null, { status: 500 })));
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    const button = screen.getByRole('button', { name: 'Settings' });
    await user.click(button);
    expect(
      await screen.findByText('The remaining request budget could not be read.'),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
