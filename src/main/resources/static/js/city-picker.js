// City picker (ARIA combobox): htmx fills the listbox with places as the member types; arrow keys
// move through them, Enter or a click picks one (filling the city, the country and the hidden place
// id), Escape closes the list. Typing again forgets the picked place. Listeners sit on the document,
// so pages swapped in by htmx need nothing more. Without this script the city is a plain text box.
// Pages with a picker name this file (PlaceScripts.CITY_PICKER); app.js adds it after a boosted navigation.
(function () {
    'use strict';

    // The document's listeners serve every later page, so a second copy stops here.
    if (window.MediaPatchCityPicker) {
        return;
    }
    window.MediaPatchCityPicker = true;

    function pickerOf(element) {
        return element && element.closest ? element.closest('[data-city-picker]') : null;
    }

    function parts(picker) {
        return {
            input: picker.querySelector('[role="combobox"]'),
            list: picker.querySelector('[role="listbox"]'),
            id: picker.querySelector('[data-city-picker-id]'),
            country: picker.closest('form') ? picker.closest('form').querySelector('[data-city-picker-country]') : null
        };
    }

    function options(p) {
        return Array.prototype.slice.call(p.list.querySelectorAll('[role="option"]'));
    }

    function open(p, isOpen) {
        p.list.hidden = !isOpen;
        p.input.setAttribute('aria-expanded', isOpen ? 'true' : 'false');
        if (!isOpen) {
            p.input.removeAttribute('aria-activedescendant');
        }
    }

    function activate(p, index) {
        var all = options(p);
        all.forEach(function (option, i) {
            option.setAttribute('aria-selected', i === index ? 'true' : 'false');
            option.classList.toggle('city-picker__option--active', i === index);
        });
        if (all[index]) {
            p.input.setAttribute('aria-activedescendant', all[index].id);
            all[index].scrollIntoView({block: 'nearest'});
        }
    }

    function activeIndex(p) {
        return options(p).findIndex(function (option) {
            return option.getAttribute('aria-selected') === 'true';
        });
    }

    function pick(p, option) {
        p.input.value = option.dataset.city;
        p.id.value = option.dataset.place;
        if (p.country) {
            p.country.value = option.dataset.country;
        }
        open(p, false);
        p.input.focus();
    }

    document.addEventListener('htmx:afterSwap', function (event) {
        var picker = pickerOf(event.target);
        if (picker && event.target.getAttribute('role') === 'listbox') {
            var p = parts(picker);
            open(p, options(p).length > 0 && document.activeElement === p.input);
        }
    });

    document.addEventListener('input', function (event) {
        var picker = pickerOf(event.target);
        if (picker && event.target.getAttribute('role') === 'combobox') {
            parts(picker).id.value = '';
        }
    });

    document.addEventListener('keydown', function (event) {
        var picker = pickerOf(event.target);
        if (!picker || event.target.getAttribute('role') !== 'combobox') {
            return;
        }
        var p = parts(picker);
        var count = options(p).length;
        if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
            event.preventDefault();
            open(p, true);
            var step = event.key === 'ArrowDown' ? 1 : -1;
            activate(p, (activeIndex(p) + step + count) % count);
        } else if (event.key === 'Enter' && !p.list.hidden && activeIndex(p) >= 0) {
            event.preventDefault();
            pick(p, options(p)[activeIndex(p)]);
        } else if (event.key === 'Escape' && !p.list.hidden) {
            event.preventDefault();
            open(p, false);
        }
    });

    // mousedown, not click: it comes before the input loses focus and closes the list.
    document.addEventListener('mousedown', function (event) {
        var option = event.target.closest ? event.target.closest('.city-picker__option') : null;
        var picker = pickerOf(option);
        if (picker) {
            event.preventDefault();
            pick(parts(picker), option);
        }
    });

    document.addEventListener('focusout', function (event) {
        var picker = pickerOf(event.target);
        if (picker && event.target.getAttribute('role') === 'combobox') {
            open(parts(picker), false);
        }
    });
})();
