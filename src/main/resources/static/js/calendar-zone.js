// The events pages show times in the viewer's zone. The server reads it from the mediapatch-zone cookie;
// this script sets that cookie from the browser's own zone and, when the page was drawn in another zone
// (data-zone on the times' container), reloads once so the times match the clock on the wall.
// Pages with times name this file (CalendarScripts.ZONE); app.js adds it after a boosted navigation.
(function () {
    'use strict';

    // The document's listener serves every later page, so a second copy stops here.
    if (window.MediaPatchCalendarZone) {
        return;
    }
    window.MediaPatchCalendarZone = true;

    function apply() {
        var zone;
        try {
            zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        } catch (e) {
            return;
        }
        if (!zone || !/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)) {
            return;
        }
        document.cookie = 'mediapatch-zone=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax';
        var shown = document.querySelector('[data-zone]');
        if (shown && shown.getAttribute('data-zone') !== zone && !sessionStorage.getItem('mediapatch-zone-reloaded')) {
            sessionStorage.setItem('mediapatch-zone-reloaded', '1');
            window.location.reload();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', apply);
    } else {
        apply();
    }
    document.addEventListener('htmx:afterSettle', apply);
})();
