// Applies the saved colour theme before first paint, so a dark-mode reader never sees a flash of light.
(function () {
    try {
        var saved = localStorage.getItem('mediapatch.theme');
        if (saved === 'light' || saved === 'dark') {
            document.documentElement.setAttribute('data-theme', saved);
        }
    } catch (e) {
        // Storage can be disabled; the system preference then decides.
    }
})();
