/**
 * The plugin's REST namespace, for paths the admin app and the blocks build.
 */
export const REST_NAMESPACE = 'wp24-helpdesk/v1';
