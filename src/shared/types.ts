/**
 * Shapes of the `wp24-helpdesk/v1` REST resources, shared by the blocks and the admin app.
 */

import type { Plan } from './rest/types.generated';

// The plan is the server's: generated from the plans route's schema.
export type { Plan };

export type CoveredService = Plan[ 'covered_services' ][ number ];

/** Start-up data the admin page prints before the app's script: generated from Admin\Boot_Data_Schema::schema(). */
export type { AdminBootData } from './rest/types.generated';
