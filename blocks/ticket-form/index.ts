/**
 * Internal dependencies
 */
import { registerServerRenderedBlock } from '../../src/shared/blocks/register';
import metadata from './block.json';
import Edit from './edit';
import './style.scss';

registerServerRenderedBlock( metadata, Edit );
