import { createRouter, createWebHistory } from 'vue-router';
import DashboardPage from './pages/DashboardPage.vue';
import HubsPage from './pages/HubsPage.vue';
import LoginPage from './pages/LoginPage.vue';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/hubs' },
    { path: '/login', name: 'login', component: LoginPage },
    { path: '/hubs', name: 'hubs', component: HubsPage },
    { path: '/hubs/:hubId', name: 'dashboard', component: DashboardPage, props: true },
  ],
});
