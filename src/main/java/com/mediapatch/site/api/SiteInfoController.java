package com.mediapatch.site.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.mediapatch.operations.ApiDocumentation;
import com.mediapatch.operations.PlatformVersion;
import com.mediapatch.shared.web.Shell;
import com.mediapatch.site.SiteRoutes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Site", description = "About this installation")
class SiteInfoController {

    private final PlatformVersion version;

    SiteInfoController(PlatformVersion version) {
        this.version = version;
    }

    @GetMapping(SiteRoutes.SITE_API)
    @Operation(summary = "Describe this installation", description = "Name, version and where the API is documented.")
    SiteInfo site() {
        return new SiteInfo(Shell.SITE_NAME, version.value(), ApiDocumentation.API_BASE, ApiDocumentation.OPENAPI_PATH);
    }
}
