import { createApp } from 'vue';
import '@duikit/components';
import App from './App.vue';

createApp(App).mount('#app');
