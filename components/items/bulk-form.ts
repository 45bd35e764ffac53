/**
 * The bulk-edit form's id: the table's checkboxes join it through their form attribute, so it works
 * without JavaScript. In a module of its own because an export of a client module ("use client")
 * reaches the server as a reference, not as its value.
 */
export const BULK_FORM_ID = "bulk-edit";
