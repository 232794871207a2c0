/**
 * Where members are: a gazetteer of the world's towns and cities bundled with the platform
 * (GeoNames data, CC BY 4.0), read on first use and never downloaded at run time. Other modules
 * find places by typed prefix or id and measure distances between them; the city picker asks
 * it for suggestions.
 */
@ApplicationModule(displayName = "Places", allowedDependencies = {"shared", "shared :: web"})
package com.mediapatch.places;

import org.springframework.modulith.ApplicationModule;
