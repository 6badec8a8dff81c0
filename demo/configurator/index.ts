// The configurator page: the elements (to preview) and the configurator itself.
import '../../components/cie-widgets.js';
import './configurator.js';
