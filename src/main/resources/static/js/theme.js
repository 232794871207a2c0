// Applies the saved colour theme before first paint, so a dark-mode reader never sees a flash of light.
(function () {
    try {
        var saved = localStorage.getItem('mediapatch.theme');
        var root = document.documentElement;
        // A theme chosen in the member's profile arrives from the server and wins.
        if (!root.hasAttribute('data-theme') && (saved === 'light' || saved === 'dark')) {
            root.setAttribute('data-theme', saved);
        }
    } catch (e) {
        // Storage can be disabled; the system preference then decides.
    }
})();
