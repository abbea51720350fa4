/** The one source of "now" for time-dependent services: inject it, so tests can move time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
