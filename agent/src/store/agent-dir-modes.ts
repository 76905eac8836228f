/**
 * Modes of the directories the agent makes for itself under
 * `<base-dir>/.zkdeploy` (issue 23: another local user must not be able to
 * write, or list, the agent's state). The umask still applies on top.
 */

/**
 * `.zkdeploy`, `checkouts` and a target's store directory: no one else may
 * list or write them, but others may pass through, since the target is a
 * symlink into them and other users (a web server) may need to read the
 * deployed files. The releases below them are made as the umask says.
 */
export const AGENT_DIR_MODE = 0o711;

/** Directories nobody else needs to enter (the attic of migrated checkouts). */
export const PRIVATE_DIR_MODE = 0o700;
