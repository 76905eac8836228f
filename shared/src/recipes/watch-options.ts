/** Options shared by DataWatch and ChildrenWatch. */
export interface WatchOptions {
  /** Called with whatever the callback threw; the watch goes on. */
  onError?: (err: unknown) => void;
}
