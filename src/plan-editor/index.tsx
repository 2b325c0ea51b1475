/**
 * WordPress dependencies
 */
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import { PlanSettingsPanel } from './components/plan-settings-panel';

registerPlugin( 'wp24hd-plan-settings', { render: PlanSettingsPanel } );
