import { describe, expect, it } from 'vitest';
import { MAX_LOST_MS, runKillCampaign } from '../../hardening/kill/kill-campaign.ts';

// The fast variant of tests/hardening/kill-during-save.test.ts (200 kills in `npm run test:soak`).
describe('kill -9 during save and autosave (fast run)', () => {
  it('leaves a whole file and loses at most the last second of typing, 20 kills', async () => {
    const stats = await runKillCampaign({ kills: 20, seed: 20_250_626 });
    console.info(`[hardening] kill -9: ${JSON.stringify(stats)}`);
    expect(stats.kills).toBe(20);
    expect(stats.maxLostMs).toBeLessThanOrEqual(MAX_LOST_MS);
    // The campaign must really have edited, not only been killed while starting.
    expect(stats.generations).toBeGreaterThan(20);
  }, 120_000);
});
