import type { z } from 'zod';
import type * as schema from './schema';

export type Component = z.infer<typeof schema.Component>;
export type Relation = z.infer<typeof schema.Relation>;
export type Stack = z.infer<typeof schema.Stack>;
export type DatasetEvent = z.infer<typeof schema.Event>;
export type Dataset = z.infer<typeof schema.Dataset>;
export type DatasetChange = z.infer<typeof schema.DatasetChange>;
export type Role = z.infer<typeof schema.Role>;
export type Mechanism = z.infer<typeof schema.Mechanism>;
export type Source = z.infer<typeof schema.Source>;
export type Localized = z.infer<typeof schema.Localized>;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;
/** Always `YYYY-MM-DD`. */
export type Day = string;
