import { baseStyles } from '../../core/styles.js';

export const styles = baseStyles;
