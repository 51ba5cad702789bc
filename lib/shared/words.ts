/**
 * Names Nutshell gives to its own things (actor types, summary lengths), in the reader's
 * language: shared by the views and by the worker, which writes the actors' descriptions.
 */
import type { ActorType, SummaryLength } from '@/core/types';
import { t } from '@/lib/shared/i18n';

/** A summary length's name, in the popup's control and the options. */
export const lengthLabel = (length: SummaryLength): string => t(`length_${length}`);

/**
 * The plural name of a type: the legend, the highlight switches, the actors' descriptions.
 * (`<type>Label`, not `type_<type>`: a key ending in `_other` would read as a plural form.)
 */
export const typeLabel = (type: ActorType): string => t(`${type}Label`);
