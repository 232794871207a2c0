// Starts Swagger UI (its bundle comes from the web jar, loaded before this file) inside the site's
// page at /api/docs, on the description the page names. A file because the CSP allows no inline script.
(function () {
    'use strict';

    // Every request goes to this site, so the server picker (an unlabelled select) is left out.
    function withoutServerPicker() {
        return {wrapComponents: {ServersContainer: function () { return function () { return null; }; }}};
    }

    function start() {
        var holder = document.getElementById('swagger-ui');
        if (!holder || holder.dataset.started || !window.SwaggerUIBundle) {
            return;
        }
        holder.dataset.started = 'true';
        window.SwaggerUIBundle({
            url: holder.dataset.openapi,
            dom_id: '#swagger-ui',
            // Deep links would put a link inside each operation's toggle button (nested controls).
            deepLinking: false,
            presets: [window.SwaggerUIBundle.presets.apis],
            plugins: [withoutServerPicker],
            layout: 'BaseLayout'
        });
    }

    document.addEventListener('htmx:load', start);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
