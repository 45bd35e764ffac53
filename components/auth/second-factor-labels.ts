// Kept apart from the panel: a server page importing a value from a "use client" module gets a
// client reference, not the value.

/** The page's words, translated on the server: they travel with this page only, not with every page's catalogue. */
export const SECOND_FACTOR_LABELS = [
  "codeLabel",
  "codesHeading",
  "codesHelp",
  "codesSaved",
  "confirm",
  "copied",
  "copy",
  "download",
  "proofHelp",
  "proofLabel",
  "qrAlt",
  "recoveryFileTitle",
  "recoveryHeading",
  "regenerate",
  "regenerateHelp",
  "setUpHeading",
  "start",
  "startHelp",
  "stepConfirm",
  "stepManual",
  "stepScan",
  "turnOff",
  "turnOffHeading",
] as const;

export type SecondFactorLabels = Record<(typeof SECOND_FACTOR_LABELS)[number], string>;
