// "Try it" for text: <form data-ai-stream="url"> posts its fields with fetch and shows the answer as the
// server streams it (Server-Sent Events: piece, restart, done, refused) in #ai-stream. Leaving the page
// aborts the request, which cancels the call on the server. Without this script the form posts as usual.
(function () {
    'use strict';

    if (window.MediaPatchAiTry) {
        return;
    }
    window.MediaPatchAiTry = true;

    var running = null;

    function show(id, text) {
        var element = document.getElementById(id);
        if (element) {
            element.textContent = text;
        }
    }

    function handle(event, data, output) {
        var detail = data ? JSON.parse(data) : {};
        if (event === 'piece') {
            output.textContent += detail.text;
        } else if (event === 'restart') {
            output.textContent = '';
            show('ai-stream-meta', 'The first link failed midway; the next one is answering from the start…');
        } else if (event === 'done') {
            var skipped = detail.skipped.length ? ' Skipped: ' + detail.skipped.join('; ') : '';
            show('ai-stream-meta', 'Answered by ' + detail.answeredBy + ' · ' + detail.privacy + '.' + skipped);
        } else if (event === 'refused') {
            var reasons = detail.reasons && detail.reasons.length ? ' ' + detail.reasons.join('; ') : '';
            show('ai-stream-meta', detail.message + reasons);
        }
    }

    function parse(buffer, output) {
        var blocks = buffer.split('\n\n');
        for (var i = 0; i < blocks.length - 1; i++) {
            var event = 'message';
            var data = [];
            blocks[i].split('\n').forEach(function (line) {
                if (line.indexOf('event:') === 0) {
                    event = line.slice(6).trim();
                } else if (line.indexOf('data:') === 0) {
                    data.push(line.slice(5));
                }
            });
            handle(event, data.join('\n'), output);
        }
        return blocks[blocks.length - 1];
    }

    function stream(form) {
        var output = document.getElementById('ai-stream-text');
        var box = document.getElementById('ai-stream');
        if (!output || !box || !window.fetch || !window.TextDecoder) {
            return false;
        }
        if (running) {
            running.abort();
        }
        running = new AbortController();
        box.hidden = false;
        output.textContent = '';
        show('ai-stream-meta', 'Asking the chain…');
        var decoder = new TextDecoder();
        var buffer = '';
        fetch(form.dataset.aiStream, {method: 'POST', body: new URLSearchParams(new FormData(form)),
            headers: {'Accept': 'text/event-stream'}, signal: running.signal, credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok || !response.body) {
                    show('ai-stream-meta', 'The request was refused (' + response.status + ').');
                    return null;
                }
                var reader = response.body.getReader();
                function next() {
                    return reader.read().then(function (chunk) {
                        if (chunk.done) {
                            return null;
                        }
                        buffer = parse(buffer + decoder.decode(chunk.value, {stream: true}).replace(/\r\n/g, '\n'), output);
                        return next();
                    });
                }
                return next();
            })
            .catch(function (error) {
                if (error.name !== 'AbortError') {
                    show('ai-stream-meta', 'The connection broke off.');
                }
            });
        return true;
    }

    function start() {
        var form = document.querySelector('form[data-ai-stream]');
        if (!form || form.dataset.aiStreamReady) {
            return;
        }
        form.dataset.aiStreamReady = 'true';
        form.addEventListener('submit', function (event) {
            if (stream(form)) {
                event.preventDefault();
            }
        });
        window.addEventListener('pagehide', function () {
            if (running) {
                running.abort();
            }
        });
    }

    document.addEventListener('htmx:afterSettle', start);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
