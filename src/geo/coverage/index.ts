/**
 * Coverage analysis: user-defined sites with a range, radius queries, whether a
 * route passes through a site's coverage, and terrain line of sight.
 */
export { parseRange, makeSite, type Site, type SiteInput, type RangeKm } from './site.ts';
export { distanceKm, greatCirclePath, samplePath, type LatLon, type GreatCirclePath } from './great-circle.ts';
export { incidentsNear, sitesCovering, type Located, type WithDistance, type SiteCover } from './within-range.ts';
export {
  checkRoute,
  type RouteCheck,
  type RouteCheckOptions,
  type RouteEndpoint,
  type SiteCrossing,
  type PathPoint,
  type ClosestApproach,
} from './route-check.ts';
export { toGeoJSON, type ToGeoJSONOptions, type RouteFeatureRole } from './to-geojson.ts';
export { loadElevationModel, ElevationModelError, type ElevationModel } from './elevation-model.ts';
export {
  lineOfSight,
  visibilityAlongPath,
  OutsideElevationModelError,
  type Viewpoint,
  type LineOfSight,
  type LineOfSightOptions,
  type ProfilePoint,
  type Obstruction,
  type PathVisibility,
  type PathVisibilityOptions,
} from './line-of-sight.ts';
