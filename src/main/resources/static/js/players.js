// Link cards (in messages, on profiles) load their provider's player only when the reader clicks
// "Load player": until then nothing is fetched from the provider. Only the player origins the
// page's Content-Security-Policy frames are accepted.
(function () {
    'use strict';

    // Pages that show link cards name this file; after boosted navigations app.js may add it again.
    // Its one listener is on the document and serves every later page, so a second copy stops here.
    if (window.MediaPatchPlayers) {
        return;
    }
    window.MediaPatchPlayers = true;

    var PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://open.spotify.com',
        'https://w.soundcloud.com', 'https://player.vimeo.com', 'https://bandcamp.com'];

    function loadPlayer(button) {
        var card = button.closest('[data-embed]');
        var src = card && card.dataset.embed;
        var url;
        try {
            url = new URL(src);
        } catch (e) {
            return;
        }
        if (PLAYER_ORIGINS.indexOf(url.origin) < 0) {
            return;
        }
        var frame = document.createElement('iframe');
        frame.src = url.href;
        frame.className = 'embed-card__player';
        frame.title = card.querySelector('.embed-card__provider').textContent + ' player';
        frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation');
        frame.setAttribute('allow', 'encrypted-media; fullscreen; picture-in-picture');
        frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
        frame.loading = 'lazy';
        button.replaceWith(frame);
        frame.focus();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-load-player]');
        if (button) {
            loadPlayer(button);
        }
    });
}());
