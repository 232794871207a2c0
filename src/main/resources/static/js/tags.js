// Tag inputs (skills, genres in the profile editor): over a plain comma-separated text field that
// works without JavaScript, show each tag as a chip with a remove button and a box to type the next
// one. Enter or a comma adds what was typed; Backspace in the empty box removes the last chip.
// Suggestions arrive in the box's datalist from the server (htmx). The text field stays the one
// that is submitted. The profile editor names this file; app.js adds it after a boosted navigation.
(function () {
    'use strict';

    // Its listeners are on the document and serve every later page, so a second copy stops here.
    if (window.MediaPatchTags) {
        return;
    }
    window.MediaPatchTags = true;

    function tagsOf(source) {
        return source.value.split(',').map(function (tag) { return tag.trim(); })
            .filter(function (tag) { return tag.length > 0; });
    }

    function render(widget) {
        var source = widget.querySelector('[data-tag-source]');
        var chips = widget.querySelector('[data-tag-chips]');
        var label = widget.querySelector('label').textContent;
        chips.replaceChildren();
        tagsOf(source).forEach(function (tag, index) {
            var chip = document.createElement('li');
            chip.className = 'tag-input__chip';
            var text = document.createElement('span');
            text.textContent = tag;
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'tag-input__remove';
            remove.dataset.tagRemove = String(index);
            remove.setAttribute('aria-label', 'Remove ' + tag + ' from ' + label);
            remove.textContent = '×';
            chip.append(text, remove);
            chips.append(chip);
        });
        chips.hidden = chips.children.length === 0;
    }

    function setTags(widget, tags) {
        var source = widget.querySelector('[data-tag-source]');
        var seen = {};
        source.value = tags.filter(function (tag) {
            var key = tag.toLowerCase();
            var fresh = !seen[key];
            seen[key] = true;
            return fresh;
        }).join(', ');
        render(widget);
    }

    function add(widget, text) {
        var source = widget.querySelector('[data-tag-source]');
        var typed = text.split(',').map(function (tag) { return tag.trim(); })
            .filter(function (tag) { return tag.length > 0; });
        if (typed.length) {
            setTags(widget, tagsOf(source).concat(typed));
        }
    }

    function enhance(root) {
        root.querySelectorAll('[data-tag-input]:not([data-tag-ready])').forEach(function (widget) {
            var source = widget.querySelector('[data-tag-source]');
            var entry = widget.querySelector('[data-tag-entry]');
            widget.setAttribute('data-tag-ready', '');
            source.type = 'hidden';
            entry.hidden = false;
            entry.id = source.id;
            source.removeAttribute('id');
            entry.removeAttribute('aria-label');
            render(widget);
        });
    }

    document.addEventListener('keydown', function (event) {
        var entry = event.target.closest('[data-tag-entry]');
        if (!entry) {
            return;
        }
        var widget = entry.closest('[data-tag-input]');
        if (event.key === 'Enter' || event.key === ',') {
            if (entry.value.trim().length || event.key === ',') {
                event.preventDefault();
                add(widget, entry.value);
                entry.value = '';
            }
        } else if (event.key === 'Backspace' && entry.value === '') {
            var tags = tagsOf(widget.querySelector('[data-tag-source]'));
            if (tags.length) {
                tags.pop();
                setTags(widget, tags);
            }
        }
    });

    // Picking a suggestion from the datalist replaces the typed text without a key press.
    document.addEventListener('input', function (event) {
        var entry = event.target.closest('[data-tag-entry]');
        if (entry && (!event.inputType || event.inputType === 'insertReplacementText')) {
            var list = entry.list;
            var picked = list && Array.prototype.some.call(list.options, function (option) {
                return option.value === entry.value;
            });
            if (picked) {
                add(entry.closest('[data-tag-input]'), entry.value);
                entry.value = '';
            }
        }
    });

    document.addEventListener('click', function (event) {
        var remove = event.target.closest('[data-tag-remove]');
        if (!remove) {
            return;
        }
        var widget = remove.closest('[data-tag-input]');
        var tags = tagsOf(widget.querySelector('[data-tag-source]'));
        var index = Number(remove.dataset.tagRemove);
        tags.splice(index, 1);
        setTags(widget, tags);
        var next = widget.querySelectorAll('[data-tag-remove]')[Math.min(index, tags.length - 1)];
        (next || widget.querySelector('[data-tag-entry]')).focus();
    });

    // Whatever is still in the box when the section is saved counts as a tag too.
    document.addEventListener('submit', function (event) {
        event.target.querySelectorAll('[data-tag-entry]').forEach(function (entry) {
            if (entry.value.trim().length) {
                add(entry.closest('[data-tag-input]'), entry.value);
                entry.value = '';
            }
        });
    }, true);

    // Added after a boosted navigation, the page is already there: enhance it at once.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { enhance(document); });
    } else {
        enhance(document);
    }
    document.addEventListener('htmx:load', function (event) { enhance(event.target); });
}());
